import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// Haggling: the seller's price ("RRP is €800", "it lists at 550", "shops ask 300") is not the budget; what the person
// will pay is ("cap it at 650", "I'll go to 220 and not a cent more"). On main (9335c06) the seller's price was the
// budget, "cap it at" and "I'll go to" were not read, and a price per period beside a purchase ceiling was the budget.

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a seller\'s price beside what the person will pay', () => {
  it('is not the budget', () => {
    expect(budget('a 9 kg washing machine, the RRP is €700 but cap it at 550')).toBe(55000);
    expect(budget('an espresso machine, list price €450, I will go to 380 and not a cent more')).toBe(38000);
    expect(budget('un lave-linge, prix conseillé 700 €, 550 € maximum')).toBe(55000);
    expect(budget('headphones — shops ask 350 for them, I\'ll go to 280')).toBe(28000);
  });

  it('leaves no budget when it is the only figure, and says so', () => {
    const u = readRequest('a robot vacuum, the RRP is €500');
    expect(u.kind === 'need' ? u.need.budget : 'no need').toBeUndefined();
    expect(u.kind === 'need' ? u.assumptions.join(' | ') : '').toContain('is the seller\'s price, not your budget');
  });

  it('reads a figure said with "not a penny more" as a ceiling', () => {
    expect(budget('a kettle, 60 and not a penny more')).toBe(6000);
    expect(budget('une bouilloire, 60 et pas un centime de plus')).toBe(6000);
  });
});

describe('a price per period beside a purchase figure', () => {
  it('is not the budget of the purchase', () => {
    expect(budget('I pay 40 a month for a rented washing machine, I want to buy one, max 600')).toBe(60000);
    expect(budget('my gym costs €35/month, so a road bike for home training, under 900 euros')).toBe(90000);
    expect(budget('je loue un lave-linge 30 € par mois, je veux en acheter un, 500 € maximum')).toBe(50000);
  });

  it('is still one period\'s budget when nothing else is said', () => {
    expect(budget('Dog food, grain free, 35 euros a month')).toBe(3500);
  });
});
