/** Tells the shared note nodes how to draw themselves in the app (see shared/editor/decorators.ts). */
import { ACTOR_MENTION_TYPE, type ActorMentionProps } from '../../../../../shared/editor/ActorMentionNode';
import { setNoteDecorator } from '../../../../../shared/editor/decorators';
import { QUOTE_CARD_TYPE, type QuoteCardProps } from '../../../../../shared/editor/QuoteCardNode';
import { ActorMentionView } from './ActorMentionView';
import { QuoteCardView } from './QuoteCardView';

setNoteDecorator<QuoteCardProps>(QUOTE_CARD_TYPE, (props) => <QuoteCardView {...props} />);
setNoteDecorator<ActorMentionProps>(ACTOR_MENTION_TYPE, (props) => <ActorMentionView {...props} />);
