import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A figure said, then taken back in the same breath. On main (5055ee6) the first figure was kept ("EU 41 no wait 42"
// read as 41) and the retraction left over.

describe('a figure corrected as it is said', () => {
  it('keeps the later shoe size', () => {
    const need = read('road running shoes EU 41 no wait 42, under 130');
    expect(need.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 42 });
    expect(need.hardConstraints).not.toContainEqual({ attribute: 'size_eu', op: 'eq', value: 41 });
  });

  it('gives the later figure the earlier one\'s unit and what it measures', () => {
    const need = read('a laptop with 8gb ram, sorry I mean 16, azerty keyboard');
    const ram = [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === 'ram_gb').map((r) => r.value);
    expect(ram).toEqual([16]);
  });

  it('reads French retractions', () => {
    const need = read('chaussures de trail pointure 40 non pardon 41');
    expect(need.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 41 });
  });

  it('says back which figure it kept', () => {
    const u = readRequest('road running shoes EU 41 no wait 42');
    expect(u.kind === 'need' ? u.assumptions.join(' ') : '').toContain('"41 no wait 42"');
  });

  it('leaves two figures offered as alternatives, and a clause of its own after "no", as typed', () => {
    const said = (text: string): string => {
      const u = readRequest(text);
      return u.kind === 'need' ? u.assumptions.join(' ') : '';
    };
    expect(said('a board game for 4 or 5 players')).not.toContain('correction');
    expect(said('a board game for 6 players, no 3 hour epics')).not.toContain('correction');
    const game = read('a board game for 6 players, no 3 hour epics');
    expect(game.hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 6 });
  });
});
