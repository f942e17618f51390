<?php
/**
 * Deleting the plugin removes its one option, on every site of a network.
 *
 * @package StrongCities\Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $strong_cities_widgets_site ) {
		switch_to_blog( (int) $strong_cities_widgets_site );
		delete_option( 'strong_cities_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'strong_cities_widgets' );
}
