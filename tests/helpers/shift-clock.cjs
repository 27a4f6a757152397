/*
 * Moves the wall clock BOARD_CLOCK_SHIFT_DAYS days ahead, for `npm run test:future`: a test that
 * still reads the real date instead of the injected clock fails there before its date comes.
 * Loaded twice on purpose: by jest's setupFiles (each test file runs in its own realm, with its
 * own Date) and through NODE_OPTIONS by every Node process the tests start (servers, the CLI).
 * Only "now" moves; dates built from explicit values are untouched.
 */
'use strict';

const days = Number(process.env.BOARD_CLOCK_SHIFT_DAYS || 0);

function shift(realm) {
  const Real = realm.Date;
  if (!days || Real.shiftedBy) return;
  const offset = days * 86_400_000;
  function ShiftedDate(...args) {
    if (!new.target) return new Real(Real.now() + offset).toString();
    return args.length === 0 ? new Real(Real.now() + offset) : new Real(...args);
  }
  ShiftedDate.prototype = Real.prototype;
  ShiftedDate.now = () => Real.now() + offset;
  ShiftedDate.parse = Real.parse;
  ShiftedDate.UTC = Real.UTC;
  ShiftedDate.shiftedBy = days;
  realm.Date = ShiftedDate;
}

shift(globalThis);
