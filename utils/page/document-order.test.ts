// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { comesBefore } from '@/utils/page/document-order';

describe('comesBefore', () => {
  it('follows the document, a shadow tree standing where its host stands', () => {
    document.body.innerHTML = '<p id="a">A</p><div id="host"></div><p id="c">C</p>';
    const a = document.getElementById('a') as Element;
    const host = document.getElementById('host') as Element;
    const c = document.getElementById('c') as Element;
    const inside = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inside);
    expect(comesBefore(a, c)).toBe(true);
    expect(comesBefore(c, a)).toBe(false);
    expect(comesBefore(a, inside)).toBe(true);
    expect(comesBefore(inside, c)).toBe(true);
    expect(comesBefore(c, inside)).toBe(false);
    expect(comesBefore(inside, host)).toBe(false);
    expect(comesBefore(a, a)).toBe(false);
  });
});
