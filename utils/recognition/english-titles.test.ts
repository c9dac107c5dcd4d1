import { describe, expect, it } from 'vitest';
import { officeOf } from '@/utils/recognition/english-titles';

describe('officeOf', () => {
  it.each([
    ['Foreign Minister', 'minister'],
    ['Vice Foreign Minister', 'vice minister'],
    ['Deputy minister for international organizations', 'vice minister'],
    ["Deputy director, Workers' Party of Korea", 'vice director'],
    ['Leader of North Korea', 'leader'],
    ['Ambassador to the United Nations', 'envoy'],
    ['Special envoy of China', 'envoy'],
    ["Chairman of the Supreme People's Assembly", 'chair'],
    ['US Secretary of State', 'secretary'],
    ["International affairs secretary, Workers' Party of Korea", 'secretary'],
    ['Member of the Political Bureau', undefined],
    ["Former head of international affairs, Workers' Party of Korea", undefined],
    ["Second-ranking figure in North Korea's leadership", undefined],
  ])('%s → %s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });
});
