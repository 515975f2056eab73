// An instance's state by title in a list: the spec of its version is fetched once per version
// (cached by the query client), so a page of instances costs one request per distinct version.
import type { Instance } from '@liucheng/contracts';
import { useDefinitionVersion } from '../api/definitions.api';
import { StateValueText } from './state-value-text';

export function InstanceStateText({ instance }: { instance: Pick<Instance, 'definitionKey' | 'version' | 'state'> }) {
  const definition = useDefinitionVersion(instance.definitionKey, instance.version);
  return <StateValueText value={instance.state} spec={definition.data?.spec} />;
}
