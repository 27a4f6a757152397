import { fixedClock, localTimeIn, todayIn } from '../src/clock';

test('times shown to people are local to the board, in summer time and winter time alike', () => {
  // 23:30 UTC on 30 June is already 1 July in London (BST), and reads 00:30.
  const summer = fixedClock('2026-06-30T23:30:00Z');
  expect(todayIn(summer, 'Europe/London')).toBe('2026-07-01');
  expect(localTimeIn(summer, 'Europe/London')).toBe('Wed 1 Jul 2026, 00:30');
  const winter = fixedClock('2026-12-01T08:05:00Z');
  expect(localTimeIn(winter, 'Europe/London')).toBe('Tue 1 Dec 2026, 08:05');
});
