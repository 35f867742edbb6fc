import { teardown } from './temp-root';

export default teardown;
