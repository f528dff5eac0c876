import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS } from '@/lib/analysis/types';
describe('smoke', () => { it('has nine components', () => { expect(COMPONENT_IDS).toHaveLength(9); }); });
