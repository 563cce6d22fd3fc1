/** The sum of a list of timings; shared by the bench's Node half and its page half. */
export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
