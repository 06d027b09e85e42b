// Placeholder: replaced by the issue that builds `kg serve`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('serve').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('serve is not built yet');
  });
}
