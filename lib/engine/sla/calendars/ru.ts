/**
 * Russian production calendar (производственный календарь) for 2026–2027: public holidays and the
 * days off moved onto weekdays (`holidays`), and Saturdays/Sundays made working days (`workingDays`).
 * Plain data so the user can edit it in the policy; weekend dates are listed too when they are public
 * holidays, which matters to teams that also work weekends.
 *
 * Sources (checked 2026-01):
 * - Labour Code of the Russian Federation, art. 112: public holidays Jan 1–6 and 8 (New Year holidays),
 *   Jan 7, Feb 23, Mar 8, May 1, May 9, Jun 12, Nov 4; a weekend day that coincides with a holiday
 *   moves to the next working day after the holiday, except for the January ones, which the
 *   Government moves by decree.
 * - 2026: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»:
 *   Sat Jan 3 → Fri Jan 9, Sun Jan 4 → Thu Dec 31. Automatic (art. 112): Sun Mar 8 → Mon Mar 9,
 *   Sat May 9 → Mon May 11. No working Saturdays.
 * - 2027: the Government decree on moving days off in 2027 was NOT yet published when this was
 *   written, so only what the Labour Code fixes is listed: the holidays and the automatic moves
 *   Sat May 1 → Mon May 3, Sun May 9 → Mon May 10, Sat Jun 12 → Mon Jun 14. The two days off for
 *   Sat Jan 2 and Sun Jan 3, 2027 will be placed by that decree (press reports of a draft mention
 *   Nov 4–7 off and a working Saturday Nov 13); add them here when it is signed.
 */
export const RU_CALENDAR_2026_2027: { holidays: string[]; workingDays: string[] } = {
  holidays: [
    // 2026
    '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08',
    '2026-01-09', // moved from Sat Jan 3 (decree № 1466)
    '2026-02-23',
    '2026-03-08', '2026-03-09', // Sun Mar 8 → Mon Mar 9 (art. 112)
    '2026-05-01',
    '2026-05-09', '2026-05-11', // Sat May 9 → Mon May 11 (art. 112)
    '2026-06-12',
    '2026-11-04',
    '2026-12-31', // moved from Sun Jan 4 (decree № 1466)
    // 2027 (Labour Code only, see above)
    '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
    '2027-02-23',
    '2027-03-08',
    '2027-05-01', '2027-05-03', // Sat May 1 → Mon May 3 (art. 112)
    '2027-05-09', '2027-05-10', // Sun May 9 → Mon May 10 (art. 112)
    '2027-06-12', '2027-06-14', // Sat Jun 12 → Mon Jun 14 (art. 112)
    '2027-11-04',
  ],
  workingDays: [],
};
