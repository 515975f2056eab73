// "Load more" under a keyset-paged inbox list (react-query infinite queries); nothing on the last page.
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function LoadMoreButton({ pages }: { pages: MorePages }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <Flex justify="center">
      <Button loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
        {t('inboxTabs.more')}
      </Button>
    </Flex>
  );
}
