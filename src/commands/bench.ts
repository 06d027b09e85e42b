// Placeholder: replaced by the issue that builds `kg bench`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('bench').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('bench is not built yet');
  });
}
