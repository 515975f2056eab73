// 提交后按填写结果分支: cases on the step's own answers, tried in order, each going on, to an end or back; then otherwise.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AnswerBranch, FlowTree, HandlerNode } from '@liucheng/engine';
import { Alert, Button, Card, Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { wayText } from './answer-text';
import { ConditionRow } from './condition-row';
import { addAnswerBranch, answerForm, firstTest, GO_ON, removeAnswerBranch, withTarget } from './model/answer-ways';
import { earlierNodes } from './model/tree-edits';
import { formFields } from './node-text';

type Change = (next: HandlerNode, coalesceKey?: string) => void;

/** The places a way may go: on, an end (the main end only when a way already names it), an earlier step. */
function useWayOptions(tree: FlowTree, node: HandlerNode) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const named = [node.submit.to, ...(node.submit.branches ?? []).map((b) => b.to)];
  const ends = [...tree.ends, ...(named.includes(tree.end.key) ? [tree.end] : [])];
  const keys = [GO_ON, ...ends.map((e) => e.key), ...earlierNodes(tree, node.key).map((n) => n.key)];
  for (const to of named) if (to !== undefined && !keys.includes(to)) keys.push(to);
  return keys.map((key) => ({
    value: key,
    label: wayText(t, tree, node.key, key === GO_ON ? undefined : key, lang),
  }));
}

export function AnswerWaysEditor({ tree, node, change }: { tree: FlowTree; node: HandlerNode; change: Change }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = answerForm(tree, node);
  const fields = formFields(form, lang);
  const options = useWayOptions(tree, node);
  const branches = node.submit.branches ?? [];
  // The only way that goes on cannot be sent elsewhere: the steps after this one would be cut off.
  const goingOn = [...branches.map((b) => b.to), node.submit.to].filter((to) => to === undefined).length;
  const optionsFor = (to: string | undefined) =>
    to === undefined && goingOn === 1 ? options.map((o) => ({ ...o, disabled: o.value !== GO_ON })) : options;
  const setBranch = (i: number, next: AnswerBranch, coalesceKey?: string) =>
    change(
      { ...node, submit: { ...node.submit, branches: branches.map((b, j) => (j === i ? next : b)) } },
      coalesceKey && `answer:${i}:${coalesceKey}`,
    );
  return (
    <Form.Item
      label={t('simple.answersTitle')}
      extra={branches.length > 0 ? `${t('simple.answersHint')} ${t('simple.answersOneOn')}` : undefined}
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="simple-answer-ways">
        {fields.length === 0 && branches.length === 0 && (
          <Alert type="info" showIcon title={t('simple.answersNoFields')} />
        )}
        {branches.map((b, i) => (
          <Card
            size="small"
            key={i}
            data-testid={`simple-answer-${i}`}
            title={t('simple.answerCase', { n: i + 1 })}
            extra={
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('simple.removeAnswerCase')}
                data-testid={`simple-answer-remove-${i}`}
                onClick={() => change(removeAnswerBranch(node, i))}
              />
            }
          >
            <Space orientation="vertical" style={{ width: '100%' }}>
              {b.when.map((c, k) => (
                <ConditionRow
                  key={k}
                  index={k}
                  testId={`simple-answer-${i}-condition`}
                  form={form}
                  condition={c}
                  onChange={(next, key) =>
                    setBranch(i, { ...b, when: b.when.map((w, j) => (j === k ? next : w)) }, key)
                  }
                  onRemove={() => b.when.length > 1 && setBranch(i, { ...b, when: b.when.filter((_, j) => j !== k) })}
                />
              ))}
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => {
                  const test = firstTest(form);
                  if (test) setBranch(i, { ...b, when: [...b.when, test] });
                }}
              >
                {t('simple.addCondition')}
              </Button>
              <Space>
                <Typography.Text>{t('simple.answerThen')}</Typography.Text>
                <Select
                  data-testid={`simple-answer-to-${i}`}
                  style={{ minWidth: 220 }}
                  value={b.to ?? GO_ON}
                  options={optionsFor(b.to)}
                  onChange={(value: string) => setBranch(i, withTarget(b, value))}
                />
              </Space>
            </Space>
          </Card>
        ))}
        {branches.length > 0 && (
          <Space>
            <Typography.Text>{t('simple.answerOtherwise')}</Typography.Text>
            <Select
              data-testid="simple-answer-otherwise"
              style={{ minWidth: 220 }}
              value={node.submit.to ?? GO_ON}
              options={optionsFor(node.submit.to)}
              onChange={(value: string) => change({ ...node, submit: withTarget(node.submit, value) })}
            />
          </Space>
        )}
        <Button
          icon={<PlusOutlined />}
          data-testid="simple-add-answer-case"
          disabled={fields.length === 0}
          onClick={() => change(addAnswerBranch(tree, node))}
        >
          {t('simple.addAnswerCase')}
        </Button>
      </Space>
    </Form.Item>
  );
}
