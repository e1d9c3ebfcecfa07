// Peer page: jQuery 3 + jquery.marquee, the same feed and headlines as <news-ticker>.
// The feed is fetched at run time, as <news-ticker src> does. Bundled by bench/run.mjs (vite build).
import $ from 'jquery';
import 'jquery.marquee';

const mount = $('#ticker');
$.getJSON(mount.data('src')).then((feed) => {
  mount.append(feed.items.map((item) => $('<a class="headline">').attr('href', item.url).text(item.title)));
  mount.marquee({ speed: 60, direction: 'right', duplicated: true, pauseOnHover: true, startVisible: true });
});
