// One button per outcome, titled from the spec's meta.events; the first is the primary one.
import { Button, Flex } from 'antd';

// Outcomes that send work back or stop it get the danger style.
const NEGATIVE = /REJECT|RETURN|ABANDON|CANCEL|REFUSE/;

export interface OutcomeButtonsProps {
  outcomes: string[];
  label: (type: string) => string;
  pending: string | null;
  onPick: (type: string) => void;
}

export function OutcomeButtons({ outcomes, label, pending, onPick }: OutcomeButtonsProps) {
  return (
    <Flex wrap gap={8}>
      {outcomes.map((type, index) => (
        <Button
          key={type}
          data-outcome={type}
          type={index === 0 ? 'primary' : 'default'}
          danger={index > 0 && NEGATIVE.test(type)}
          size="large"
          loading={pending === type}
          disabled={pending !== null && pending !== type}
          onClick={() => onPick(type)}
        >
          {label(type)}
        </Button>
      ))}
    </Flex>
  );
}
