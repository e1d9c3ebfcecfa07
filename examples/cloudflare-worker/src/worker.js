// GET https://<worker>/?url=https://news.example/feed.xml → the feed as JSON Feed with CORS headers.
import { createFeedProxy } from 'news-widgets/proxy';

let proxy;

export default {
  fetch(request, env) {
    // One handler per isolate: its memory cache and in-flight sharing last as long as the isolate.
    proxy ??= createFeedProxy({ allow: env.ALLOW.split(','), allowPrivate: env.ALLOW_PRIVATE === 'true' });
    return proxy(request);
  },
};
