/** `--base-url <url>` or `--base-url=<url>` taken out of the arguments; the rest go to Playwright as they are. */
export function splitSmokeArgs(argv: readonly string[]): { baseUrl: string | undefined; playwrightArgs: string[] } {
  let baseUrl: string | undefined;
  const playwrightArgs: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--base-url') {
      baseUrl = argv[index + 1];
      if (baseUrl === undefined || baseUrl.startsWith('--')) throw new Error('--base-url needs the shop address, e.g. --base-url https://shop.example');
      index += 1;
    } else if (arg.startsWith('--base-url=')) baseUrl = arg.slice('--base-url='.length);
    else playwrightArgs.push(arg);
  }
  return { baseUrl, playwrightArgs };
}
