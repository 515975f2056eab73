// Shows a user by display name; the username is kept in the tooltip (and for tests).
import { Typography } from 'antd';
import { useDisplayName } from './use-display-name';

export function UserName({ username }: { username: string | null | undefined }) {
  const name = useDisplayName(username);
  if (!username) return <>—</>;
  return (
    <Typography.Text title={username} data-username={username}>
      {name}
    </Typography.Text>
  );
}
