// Centred spinner for pages and lazy chunks still loading.
import { Flex, Spin } from 'antd';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 200 }}>
      <Spin size="large" />
    </Flex>
  );
}
