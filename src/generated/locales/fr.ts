
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `Cet article n'est pas dans le flux`,
'error.http': str`Le serveur d'actualités a répondu par l'erreur ${0}.`,
'error.invalid-input': `L'adresse ou les données du flux d'actualités ne sont pas valides.`,
'error.network': `Impossible de joindre le serveur d'actualités. Vérifiez votre connexion.`,
'error.parse': `Le flux d'actualités est illisible.`,
'error.timeout': `Le serveur d'actualités a mis trop de temps à répondre.`,
'error.too-large': `Le flux d'actualités est trop volumineux pour être affiché.`,
'error.unsupported': `Le format de ce flux d'actualités n'est pas pris en charge.`,
'related.empty': `Aucun article lié`,
'related.stated': `Choisi par la rédaction`,
'state.fallback-link': `Ouvrir la page d'actualité`,
'str.audio-link': `▶ Audio`,
'str.breaking': `Urgent`,
'str.by': html`Par ${0}`,
'str.empty': `Aucune actualité pour l'instant`,
'str.load-error': `Impossible de charger l'actualité`,
'str.load-more': `Afficher plus`,
'str.loading': `Chargement de l'actualité…`,
'str.news-headlines': `Titres de l'actualité`,
'str.next-headline': `Titre suivant`,
'str.pause': `Pause`,
'str.pause-headlines': `Mettre les titres en pause`,
'str.play': `Lecture`,
'str.play-headlines': `Faire défiler les titres`,
'str.previous-headline': `Titre précédent`,
'str.read-full-article': `Lire l'article complet`,
'str.read-more': `Lire la suite`,
'str.read-original': `Lire l'article original`,
'str.related-articles': `Articles liés`,
'str.retry': `Réessayer`,
'str.source': `Source`,
'str.table': `Tableau`,
'str.tags': `Mots-clés`,
'str.updated': html`Mis à jour ${0}`,
'str.video-link': `▶ Vidéo`,
    };
  