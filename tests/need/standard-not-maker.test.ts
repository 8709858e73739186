import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../agent/need/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

const makers = (u: Understanding): unknown[] => {
  const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  return need ? [...need.hardConstraints, ...need.softPreferences].filter((c) => c.attribute === 'maker').map((c) => c.value) : [];
};

// On main (86050b1) each of these read "maker = USB/HDMI/Qi, preferred": no product is made by USB.
describe('interface and standard names are never makers', () => {
  it.each(['a speaker with USB charging', 'bluetooth speaker with HDMI', 'a speaker, USB-C', 'a speaker with Qi charging', 'tent with USB port', 'a speaker with NFC'])('%j names no maker and says what it did not read', (text) => {
    const u = readRequest(text);
    expect(makers(u)).toEqual([]);
    expect(u.notUnderstood.join(' ').toLowerCase()).toMatch(/usb|hdmi|qi|nfc/);
  });

  it('still reads a brand beside them, and a declared attribute that names one', () => {
    expect(makers(readRequest('a JBL speaker with USB-C'))).toEqual(['JBL']);
    const monitor = readRequest('27 inch 4K monitor with USB-C');
    expect(monitor.kind === 'need' && monitor.need.hardConstraints).toContainEqual({ attribute: 'usb_c', op: 'eq', value: true });
  });
});
