import { personAttendance } from '../../src/answers/attendance';
import { MeetingView, scheduledMeeting } from '../../src/library/meetings-view';

/** Attendance is counted only over meetings whose papers say who came. */
function held(date: string, present: string[]): MeetingView {
  return { ...scheduledMeeting('Saltby Vale Trust Board', 'saltby-vale', date, `${date}.txt`), source: 'minutes', present };
}

test('a meeting known only from the action log of what it agreed (nobody listed) is not one every member missed', () => {
  const meetings = [
    held('2026-01-12', ['Farah Lindqvist', 'Owen Petrakis']),
    held('2026-04-13', ['Farah Lindqvist']),
    held('2026-07-13', []),
    held('2026-10-12', ['Farah Lindqvist', 'Owen Petrakis']),
  ];
  expect(personAttendance(meetings, 'Owen Petrakis', '2026-11-30').map((f) => [f.attended, f.meetings])).toEqual([[2, 3]]);
  expect(personAttendance(meetings, 'Farah Lindqvist', '2026-11-30').map((f) => [f.attended, f.meetings])).toEqual([[3, 3]]);
});
