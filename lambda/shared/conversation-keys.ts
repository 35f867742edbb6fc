export { CONVERSATION_KEYS } from '../../contracts/conversation-keys';
