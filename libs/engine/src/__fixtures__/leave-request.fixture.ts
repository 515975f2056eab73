import type { WorkflowSpec } from '../definition/definition.types';

/** The example of docs/http-api.md "Definition spec", verbatim. */
export const leaveRequestSpec: WorkflowSpec = JSON.parse(`{
  "id": "leave-request",
  "initial": "submitted",
  "meta": {
    "title": { "zh": "请假申请", "en": "Leave request" },
    "input": { "type": "object", "properties": { "days": { "type": "integer", "minimum": 1, "title": "天数 / Days" } }, "required": ["days"] },
    "events": { "APPROVE": { "title": { "zh": "批准", "en": "Approve" }, "schema": { "type": "object" } } }
  },
  "context": { "days": 0 },
  "states": {
    "submitted": {
      "meta": { "title": { "zh": "待审批", "en": "Awaiting approval" },
                "task": { "title": { "zh": "审批请假", "en": "Approve leave" }, "candidateRoles": ["leader"], "outcomes": ["APPROVE", "REJECT"] } },
      "on": { "APPROVE": "approved", "REJECT": "rejected" }
    },
    "approved": { "type": "final" },
    "rejected": { "type": "final" }
  }
}`);
