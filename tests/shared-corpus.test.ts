import { sharedFile } from './helpers/corpus';

test('a test that needs the shared corpus fails with one line saying where it is expected', () => {
  let thrown: Error | null = null;
  try {
    sharedFile('corpus', 'no-such-paper.txt');
  } catch (err) {
    thrown = err as Error;
  }
  expect(thrown?.message).toMatch(/^shared corpus missing: expected \/.+\/shared\/corpus\/no-such-paper\.txt \(the shared\/ folder beside the repository\)$/);
  expect(thrown?.stack).toBe(thrown?.message);
  expect(sharedFile('corpus', 'README.md')).toMatch(/shared\/corpus\/README\.md$/);
});
