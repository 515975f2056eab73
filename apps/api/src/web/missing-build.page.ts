/** The page served at `/` when the web app has not been built: says how to build it, in both languages. */
export function missingBuildPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>流程 Liucheng</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6">
<h1>流程 Liucheng</h1>
<p>网页端尚未构建。请在项目根目录运行 <code>npm run build:web</code>，然后刷新本页。</p>
<p>The web app has not been built. Run <code>npm run build:web</code> in the repository, then reload this page.</p>
<p>API: <a href="/api/docs">/api/docs</a></p>
</body>
</html>
`;
}
