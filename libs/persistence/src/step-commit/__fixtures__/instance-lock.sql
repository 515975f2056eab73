SELECT * FROM liucheng_lock_instance('00000000-0000-4000-8000-000000000001'::uuid, 'o''brien')
