/** The User Timing mark the popup sets once the score and prices are on screen; the bench reads it. */
export const PAINTED_MARK = 'undertow:score-and-prices-painted';
