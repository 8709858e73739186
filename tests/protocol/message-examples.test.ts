import { describe, expect, it } from 'vitest';
import { PROTOCOL_TOOLS, ToolErrorSchema } from '../../protocol/index.ts';
import { MESSAGE_EXAMPLES, checkedMessageExamples } from '../../protocol/message-examples.ts';

describe('the documentation example messages', () => {
  it('are all valid against their schemas', () => {
    expect(() => checkedMessageExamples()).not.toThrow();
  });

  it('cover both directions of every tool, and the business error', () => {
    for (const tool of Object.values(PROTOCOL_TOOLS)) {
      const of = MESSAGE_EXAMPLES.filter((e) => e.tool === tool.name);
      expect(of.some((e) => e.schema === tool.input && e.direction.startsWith('butler')), `${tool.name} request`).toBe(true);
      expect(of.some((e) => e.schema === tool.output && e.direction.startsWith('brand')), `${tool.name} answer`).toBe(true);
    }
    expect(MESSAGE_EXAMPLES.some((e) => e.schema === ToolErrorSchema)).toBe(true);
  });
});
