import { catalogueOf } from '../tests/harness/catalogue';

/**
 * The scripts (the backtest, the bench, the demo) run lib/ in Node, where there is no
 * `browser.i18n`: this answers it in English from locales/en.yml, as the unit tests' setup does.
 * Import it first, before anything of lib/: the browser object is looked up when its module loads.
 */
const globals = globalThis as { chrome?: unknown };
globals.chrome ??= { i18n: { getMessage: catalogueOf('en'), getUILanguage: () => 'en-US' } };
