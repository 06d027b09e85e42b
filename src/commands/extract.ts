// Placeholder: replaced by the issue that builds `kg extract`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('extract').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('extract is not built yet');
  });
}
