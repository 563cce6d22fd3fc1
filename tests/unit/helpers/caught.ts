import { SourceError } from '@/lib/sources/source-error';

/** The SourceError a call throws; any other error, or none, fails the test. */
export function caught(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('did not throw');
}
