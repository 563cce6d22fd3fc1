import type { CycleData } from '../market/cycle-data';
import { describeIssue } from '../sources/parse';
import { SourceError } from '../sources/source-error';
import { VENUES, type VenueId } from '../sources/venues';
import { t } from '../words';
import { TaskResultSchema } from './task-results';

/**
 * A task's findings, held to the model before they count. Each venue's parser checks the fields it
 * reads; this checks what it made of them, where two sound figures can still multiply or divide
 * into one that is not (coins times a price past a double's range, a change from an opening near
 * zero). A part that fails is the venue's failure, with the reason, like any other.
 */
export function checkedPart(venue: VenueId, part: Partial<CycleData>): Partial<CycleData> {
  const checked = TaskResultSchema.safeParse(part, { reportInput: true });
  if (checked.success) return checked.data;
  const [issue] = checked.error.issues;
  const where = issue?.path.join('.') ?? '';
  const detail = `${where}: ${issue ? describeIssue(issue) : ''}`;
  throw new SourceError('schema', t('market.figuresCannotBeRight', { venue: VENUES[venue].label, detail }));
}
