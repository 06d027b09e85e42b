// Placeholder: replaced by the issue that builds `kg export`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('export').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('export is not built yet');
  });
}
