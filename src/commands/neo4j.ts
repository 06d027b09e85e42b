// Placeholder: replaced by the issue that builds `kg neo4j`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('neo4j').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('neo4j is not built yet');
  });
}
