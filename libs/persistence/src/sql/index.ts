export { castLiteral, jsonLiteral, nulPointer, sqlLiteral } from './sql-literal';
export { UnstorableValueError } from './unstorable-value.error';
