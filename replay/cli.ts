import { parseArgs } from 'node:util';
import { loadArticleIndex } from './articles';
import { listScenarios } from './scenario';
import { startReplayServer } from './server';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'article-day' },
    port: { type: 'string', default: '8443' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run replay -- [--scenario NAME] [--port N]\nScenarios: ${(await listScenarios()).join(', ')}`);
  process.exit(0);
}

const server = await startReplayServer({
  scenario: values.scenario,
  port: Number(values.port),
  log: (line) => console.log(`[replay] ${line}`),
});
const articles = await loadArticleIndex();

console.log(`Replay exchange on ${server.controlOrigin}, scenario "${values.scenario}".

Start Chromium with these flags (use a throwaway profile: they accept any certificate):
  ${server.chromiumArgs.map((arg) => `'${arg}'`).join(' \\\n  ')}

For example:
  chromium --user-data-dir="$(mktemp -d)" \\
    --disable-extensions-except=.output/chrome-mv3 --load-extension=.output/chrome-mv3 \\
    ${server.chromiumArgs.map((arg) => `'${arg}'`).join(' ')} \\
    ${articles[0]?.url ?? ''}

Control: GET /__replay/state · POST /__replay/scenario {"name"} · POST /__replay/clock {"t"} · GET /__replay/requests
Ctrl-C stops it.`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
