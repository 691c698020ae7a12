/** Why a chosen file was refused: a headline and the reasons (JSON paths, syntax position). */
export function FileErrors({ title, errors, testId }: { title: string; errors: readonly string[]; testId: string }) {
  return (
    <div className="import-result import-failed" role="alert" data-testid={testId}>
      <p className="import-result-title">{title}</p>
      <ul className="issue-list">
        {errors.map((error, i) => (
          <li key={i}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
