// The app name in the header, linking home.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** `compact`: the short name (tablets); `iconOnly`: just the mark (phones). */
export function AppBrand({ compact, iconOnly }: { compact: boolean; iconOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/"
      aria-label={t('app.name')}
      style={{ display: 'flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' }}
    >
      <span aria-hidden style={brandMark}>
        流
      </span>
      {!iconOnly && (
        <Typography.Text strong style={{ fontSize: 16 }}>
          {compact ? t('app.shortName') : t('app.name')}
        </Typography.Text>
      )}
    </Link>
  );
}

const brandMark = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: 28,
  height: 28,
  borderRadius: 6,
  background: '#1677ff',
  color: '#fff',
  fontWeight: 700,
} as const;
