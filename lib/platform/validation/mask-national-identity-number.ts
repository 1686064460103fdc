/** National identity numbers are personal data: screens and audit summaries show only the last four digits. */
export function maskNationalIdentityNumber(pid: string): string {
  return `${"•".repeat(Math.max(0, pid.length - 4))}${pid.slice(-4)}`;
}
