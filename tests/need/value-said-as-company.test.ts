import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Who comes along ("with the kids") is not the kind of product already said. On main (5055ee6) "a strategy game to
// play with the kids" became a children's game.

describe('a value said of who comes along', () => {
  it('does not replace the kind said of the product', () => {
    expect(read('a strategy board game for 4 players, to play with the kids on sundays').hardConstraints).toContainEqual({ attribute: 'game_type', op: 'eq', value: 'strategy' });
  });

  it('still names the kind when nothing else does', () => {
    expect(read('a board game for 4 players, for the kids').hardConstraints).toContainEqual({ attribute: 'game_type', op: 'eq', value: 'children' });
  });
});
