// Preloaded (`node -r`) into a profiled server so SIGTERM ends it through process.exit,
// which lets `--cpu-prof` write its profile (a default signal death writes nothing).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => process.exit(0));
}
