import { describe, expect, it } from 'vitest';
import { blocksNear } from '@/entrypoints/news/blocks-near';

/** A stand-in element with a box, counting how often it is measured. */
function block(name: string, top: number, height: number) {
  const element = {
    name,
    measured: 0,
    getBoundingClientRect() {
      element.measured++;
      return { top, bottom: top + height, width: height > 0 ? 600 : 0, height } as DOMRect;
    },
  };
  return element;
}

/** An article's blocks in document order: paragraphs 100 px apart, `count` of them from `start`. */
const paragraphs = (count: number, start = 0, prefix = 'p') =>
  Array.from({ length: count }, (_, i) => block(`${prefix}${i}`, start + i * 100, 90));

const names = (found: Element[]) => found.map((element) => (element as unknown as { name: string }).name);
const near = (blocks: ReturnType<typeof block>[], top: number, bottom: number) =>
  names(blocksNear(blocks as unknown as Element[], top, bottom));

describe('blocksNear: the blocks around the viewport', () => {
  it('finds the blocks in the region, measuring a handful of the rest', () => {
    // 10,000 paragraphs; the viewport is scrolled to the 5,000th.
    const blocks = paragraphs(10_000, -500_000);
    expect(near(blocks, -50, 250)).toEqual(['p4999', 'p5000', 'p5001', 'p5002']);
    const measured = blocks.reduce((sum, element) => sum + element.measured, 0);
    expect(measured).toBeLessThan(80);
  });

  it('includes a block that starts above the region and reaches into it, and the article around it all', () => {
    const article = block('article', -2_000, 10_000);
    const long = block('long', -1_000, 1_200);
    const blocks = [article, block('intro', -1_900, 90), long, ...paragraphs(20, 300)];
    expect(near(blocks, 0, 499)).toEqual(['article', 'long', 'p0', 'p1']);
  });

  it('steps over blocks with no box', () => {
    const blocks = [...paragraphs(5), block('hidden', 0, 0), block('hidden too', 0, 0), ...paragraphs(5, 500, 'q')];
    expect(near(blocks, 495, 699)).toEqual(['q0', 'q1']);
  });

  it('finds nothing in a page scrolled past its last block, or with none', () => {
    expect(near(paragraphs(50), 10_000, 11_000)).toEqual([]);
    expect(near([], 0, 900)).toEqual([]);
  });
});
