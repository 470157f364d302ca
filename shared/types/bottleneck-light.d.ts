// bottleneck ships types for its main entry only; `light.js` (what Octokit's throttling plugin
// bundles, without the Redis client) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
