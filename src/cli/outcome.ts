/** What a CLI command prints and its exit status, so the commands are tested without a process. */
export interface CliOutcome {
  stdout: string;
  stderr: string;
  status: number;
}
