/**
 * Emails identify people, so two records in one collection may not share one; case does
 * not make an address different (RFC 5321 lets the local part be case-sensitive, but no
 * real mail system treats it so, and people type both). Each caller raises its own error:
 * the REST envelope or a gRPC status.
 */
export function isEmailTaken(rows: readonly { id: string; email: string }[], email: string, exceptId?: string): boolean {
  const wanted = email.toLowerCase();
  return rows.some((row) => row.id !== exceptId && row.email.toLowerCase() === wanted);
}
