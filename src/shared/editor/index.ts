/** The note editor's DOM-free parts: nodes, commands, node list, JSON readers and link rules. */
export * from './nodeTypes';
export * from './QuoteCardNode';
export * from './ActorMentionNode';
export * from './noteCommands';
export * from './noteNodes';
export * from './noteContent';
export * from './linkUrl';
export * from './decorators';
