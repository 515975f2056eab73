/** A one-line progress bar on stderr, redrawn at most every 1% (so a large bundle stays cheap). */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const width = 30;
    const full = Math.round((percent / 100) * width);
    stream.write(`\r${label} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${percent}% ${done}/${total}`);
    if (done >= total) stream.write('\n');
  };
}
